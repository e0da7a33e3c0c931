# batch-size.gp: re-render with `gnuplot batch-size.gp` from this folder (writes batch-size.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 1300,540 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 1300,540 noenhanced
}
if (!exists('outfile')) outfile = 'batch-size.png'
set output outfile
set encoding utf8
set multiplot layout 1,2 title 'Digits recipe at different batch sizes' font ',14'
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'throughput' font ',13'
set xlabel 'batch size'
set ylabel 'training samples per second'
set logscale x
set format x '%g'
set logscale y
set format y '%g'
set xrange [0.7142857142857143:716.8]
set yrange [34079.19632100886:3337306.7230280046]
unset key
plot 'batch-size.dat' index 0 using 1:2 with linespoints lc rgb '#1f77b4' lw 2.0 pt 7 ps 0.8 notitle
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'test accuracy against training time (η scaled with √batch)' font ',13'
set xlabel 'seconds of training (log scale)'
set ylabel 'test accuracy (%)'
set logscale x
set format x '%g'
set xrange [0.0006769207142857143:0.8385496588000001]
set key bottom right opaque box lc rgb '#cccccc'
plot 'batch-size.dat' index 1 using 1:2 with linespoints lc rgb '#1f77b4' lw 2.0 pt 7 ps 0.8 title 'batch 1', \
  'batch-size.dat' index 2 using 1:2 with linespoints lc rgb '#ff7f0e' lw 2.0 pt 7 ps 0.8 title 'batch 8', \
  'batch-size.dat' index 3 using 1:2 with linespoints lc rgb '#2ca02c' lw 2.0 pt 7 ps 0.8 title 'batch 32', \
  'batch-size.dat' index 4 using 1:2 with linespoints lc rgb '#d62728' lw 2.0 pt 7 ps 0.8 title 'batch 128', \
  'batch-size.dat' index 5 using 1:2 with linespoints lc rgb '#9467bd' lw 2.0 pt 7 ps 0.8 title 'batch 512', \
  'batch-size.dat' index 6 using 1:2 with lines lc rgb '#555555' lw 1.5 dt 2 title 'target 97 %'
unset multiplot
unset output
