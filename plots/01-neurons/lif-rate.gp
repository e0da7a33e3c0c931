# lif-rate.gp: re-render with `gnuplot lif-rate.gp` from this folder (writes lif-rate.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 960,640 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 960,640 noenhanced
}
if (!exists('outfile')) outfile = 'lif-rate.png'
set output outfile
set encoding utf8
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'Firing rate against input current' font ',13'
set xlabel 'input current I (nA)'
set ylabel 'firing rate (Hz)'
set yrange [-5.0:200.0]
set key bottom right opaque box lc rgb '#cccccc'
set arrow from 1.5, graph 0 to 1.5, graph 1 nohead dt 2 lc rgb '#555555'
set label 'threshold' at 1.5, graph 0.96 left offset 0.5,0 front
plot 'lif-rate.dat' index 0 using 1:2 with lines lc rgb '#1f77b4' lw 2.0 title 'closed form', \
  'lif-rate.dat' index 1 using 1:2 with points lc rgb '#1f77b4' lw 2.0 pt 7 ps 1.1 title 'simulated (Euler, 1 s)', \
  'lif-rate.dat' index 2 using 1:2 with lines lc rgb '#d62728' lw 2.0 dt 2 title 'fitted sigmoid', \
  'lif-rate.dat' index 3 using 1:2 with lines lc rgb '#2ca02c' lw 2.0 title 'fitted ReLU', \
  'lif-rate.dat' index 4 using 1:2 with lines lc rgb '#000000' lw 1.5 dt 3 title 'fitted softplus'
unset output
