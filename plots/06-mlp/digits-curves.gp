# digits-curves.gp: re-render with `gnuplot digits-curves.gp` from this folder (writes digits-curves.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 1200,520 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 1200,520 noenhanced
}
if (!exists('outfile')) outfile = 'digits-curves.png'
set output outfile
set encoding utf8
set multiplot layout 1,2 title '64-64-10 ReLU network on digits: train and test by epoch' font ',14'
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'loss' font ',13'
set xlabel 'epoch'
set ylabel 'mean loss'
set logscale y
set format y '%g'
set key top right opaque box lc rgb '#cccccc'
plot 'digits-curves.dat' index 0 using 1:2 with lines lc rgb '#1f77b4' lw 2.0 title 'train', \
  'digits-curves.dat' index 1 using 1:2 with lines lc rgb '#ff7f0e' lw 2.0 title 'test'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'accuracy' font ',13'
set xlabel 'epoch'
set ylabel 'accuracy (%)'
set key bottom right opaque box lc rgb '#cccccc'
plot 'digits-curves.dat' index 2 using 1:2 with lines lc rgb '#1f77b4' lw 2.0 title 'train', \
  'digits-curves.dat' index 3 using 1:2 with lines lc rgb '#ff7f0e' lw 2.0 title 'test'
unset multiplot
unset output
