# quadratic-loss.gp: re-render with `gnuplot quadratic-loss.gp` from this folder (writes quadratic-loss.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 960,640 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 960,640 noenhanced
}
if (!exists('outfile')) outfile = 'quadratic-loss.png'
set output outfile
set encoding utf8
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'Quadratic: loss against step' font ',13'
set xlabel 'step'
set ylabel 'f (log scale)'
set logscale y
set format y '%g'
set key outside right top opaque box lc rgb '#cccccc'
plot 'quadratic-loss.dat' index 0 using 1:2 with lines lc rgb '#1f77b4' lw 1.4 dt 1 title 'gd', \
  'quadratic-loss.dat' index 1 using 1:2 with lines lc rgb '#ff7f0e' lw 1.4 dt 2 title 'momentum', \
  'quadratic-loss.dat' index 2 using 1:2 with lines lc rgb '#2ca02c' lw 1.4 dt 4 title 'nesterov', \
  'quadratic-loss.dat' index 3 using 1:2 with lines lc rgb '#d62728' lw 1.4 dt 5 title 'adagrad', \
  'quadratic-loss.dat' index 4 using 1:2 with lines lc rgb '#9467bd' lw 1.4 dt 3 title 'rmsprop', \
  'quadratic-loss.dat' index 5 using 1:2 with lines lc rgb '#8c564b' lw 1.4 dt 1 title 'adam', \
  'quadratic-loss.dat' index 6 using 1:2 with lines lc rgb '#e377c2' lw 1.4 dt 2 title 'adamw'
unset output
