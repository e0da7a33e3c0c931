# lif-trace.gp: re-render with `gnuplot lif-trace.gp` from this folder (writes lif-trace.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 960,640 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 960,640 noenhanced
}
if (!exists('outfile')) outfile = 'lif-trace.png'
set output outfile
set encoding utf8
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'Leaky integrate-and-fire membrane potential, I = 2.0 nA' font ',13'
set xlabel 'time (ms)'
set ylabel 'membrane potential V (mV)'
set yrange [-70.0:30.0]
set key top right opaque box lc rgb '#cccccc'
set arrow from graph 0, first -50.0 to graph 1, first -50.0 nohead dt 2 lc rgb '#555555'
set label 'V_th = −50 mV' at graph 0.99, first -50.0 right offset 0,0.7
set arrow from graph 0, first -65.0 to graph 1, first -65.0 nohead dt 2 lc rgb '#555555'
set label 'V_rest = −65 mV' at graph 0.99, first -65.0 right offset 0,0.7
plot 'lif-trace.dat' index 0 using 1:2 with lines lc rgb '#1f77b4' lw 1.5 title 'V(t)'
unset output
