# losses.gp: re-render with `gnuplot losses.gp` from this folder (writes losses.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 1400,560 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 1400,560 noenhanced
}
if (!exists('outfile')) outfile = 'losses.png'
set output outfile
set encoding utf8
set multiplot layout 1,2 title 'Loss against the prediction' font ',14'
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'Regression losses, target y = 0' font ',13'
set xlabel 'prediction ŷ'
set ylabel 'loss'
set yrange [0.0:4.5]
set key top left opaque box lc rgb '#cccccc'
plot 'losses.dat' index 0 using 1:2 with lines lc rgb '#1f77b4' lw 2.0 title 'MSE (ŷ − y)²', \
  'losses.dat' index 1 using 1:2 with lines lc rgb '#ff7f0e' lw 2.0 title 'MAE |ŷ − y|', \
  'losses.dat' index 2 using 1:2 with lines lc rgb '#2ca02c' lw 2.0 dt 2 title 'Huber, δ = 1'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'Binary cross-entropy' font ',13'
set xlabel 'predicted probability p = P(y = 1)'
set ylabel 'loss'
set yrange [0.0:5.0]
set key top right opaque box lc rgb '#cccccc'
plot 'losses.dat' index 3 using 1:2 with lines lc rgb '#1f77b4' lw 2.0 title 'y = 1: −ln p', \
  'losses.dat' index 4 using 1:2 with lines lc rgb '#ff7f0e' lw 2.0 title 'y = 0: −ln(1 − p)'
unset multiplot
unset output
