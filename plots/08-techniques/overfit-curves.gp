# overfit-curves.gp: re-render with `gnuplot overfit-curves.gp` from this folder (writes overfit-curves.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 1200,860 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 1200,860 noenhanced
}
if (!exists('outfile')) outfile = 'overfit-curves.png'
set output outfile
set encoding utf8
set multiplot layout 2,2 title '200 training digits, 64-256-256-10 ReLU network: train and validation loss' font ',14'
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'no regularization' font ',13'
set xlabel 'epoch'
set ylabel 'mean cross-entropy'
set logscale y
set format y '%g'
set xrange [0.0:150.0]
set yrange [0.001:10.0]
set key bottom left opaque box lc rgb '#cccccc'
plot 'overfit-curves.dat' index 0 using 1:2 with lines lc rgb '#1f77b4' lw 2.0 title 'train', \
  'overfit-curves.dat' index 1 using 1:2 with lines lc rgb '#ff7f0e' lw 2.0 title 'validation'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'weight decay (AdamW)' font ',13'
set xlabel 'epoch'
set ylabel 'mean cross-entropy'
set logscale y
set format y '%g'
set xrange [0.0:150.0]
set yrange [0.001:10.0]
set key bottom left opaque box lc rgb '#cccccc'
plot 'overfit-curves.dat' index 2 using 1:2 with lines lc rgb '#1f77b4' lw 2.0 title 'train', \
  'overfit-curves.dat' index 3 using 1:2 with lines lc rgb '#ff7f0e' lw 2.0 title 'validation'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'dropout' font ',13'
set xlabel 'epoch'
set ylabel 'mean cross-entropy'
set logscale y
set format y '%g'
set xrange [0.0:150.0]
set yrange [0.001:10.0]
set key bottom left opaque box lc rgb '#cccccc'
plot 'overfit-curves.dat' index 4 using 1:2 with lines lc rgb '#1f77b4' lw 2.0 title 'train', \
  'overfit-curves.dat' index 5 using 1:2 with lines lc rgb '#ff7f0e' lw 2.0 title 'validation'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'early stopping' font ',13'
set xlabel 'epoch'
set ylabel 'mean cross-entropy'
set logscale y
set format y '%g'
set xrange [0.0:150.0]
set yrange [0.001:10.0]
set key bottom left opaque box lc rgb '#cccccc'
set arrow from 11.0, graph 0 to 11.0, graph 1 nohead dt 2 lc rgb '#555555'
set label 'kept' at 11.0, graph 0.96 left offset 0.5,0 front
plot 'overfit-curves.dat' index 6 using 1:2 with lines lc rgb '#1f77b4' lw 2.0 title 'train', \
  'overfit-curves.dat' index 7 using 1:2 with lines lc rgb '#ff7f0e' lw 2.0 title 'validation'
unset multiplot
unset output
