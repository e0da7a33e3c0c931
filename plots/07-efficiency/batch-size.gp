# batch-size.gp: re-render with `gnuplot batch-size.gp` from this folder (writes batch-size.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 1200,500 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 1200,500 noenhanced
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
set ylabel 'samples per second'
set logscale x
set format x '%g'
set logscale y
set format y '%g'
unset key
plot 'batch-size.dat' index 0 using 1:2 with linespoints lc rgb '#1f77b4' lw 2.0 pt 7 ps 1.0 notitle
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'test accuracy after the same samples' font ',13'
set xlabel 'batch size'
set ylabel 'test accuracy (%)'
set logscale x
set format x '%g'
unset key
plot 'batch-size.dat' index 1 using 1:2 with linespoints lc rgb '#ff7f0e' lw 2.0 pt 7 ps 1.0 notitle
unset multiplot
unset output
