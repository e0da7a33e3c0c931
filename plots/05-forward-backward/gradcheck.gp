# gradcheck.gp: re-render with `gnuplot gradcheck.gp` from this folder (writes gradcheck.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 960,640 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 960,640 noenhanced
}
if (!exists('outfile')) outfile = 'gradcheck.png'
set output outfile
set encoding utf8
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'Manual backprop vs central differences, per parameter' font ',13'
set xlabel 'parameter index'
set ylabel 'relative error'
set logscale y
set format y '%g'
set yrange [1e-16:0.01]
set key top right opaque box lc rgb '#cccccc'
set arrow from graph 0, first 1e-07 to graph 1, first 1e-07 nohead dt 2 lc rgb '#555555'
set label '1e-7: fine below' at graph 0.99, first 1e-07 right offset 0,0.7
plot 'gradcheck.dat' index 0 using 1:2 with points lc rgb '#1f77b4' lw 2.0 pt 7 ps 1.0 title 'random 4-5-3 (tanh, softmax CE)', \
  'gradcheck.dat' index 1 using 1:2 with points lc rgb '#ff7f0e' lw 2.0 pt 5 ps 1.0 title 'Mazur 2-2-2 (sigmoid, ½Σ)'
unset output
