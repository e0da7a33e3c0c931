# threads.gp: re-render with `gnuplot threads.gp` from this folder (writes threads.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 960,640 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 960,640 noenhanced
}
if (!exists('outfile')) outfile = 'threads.png'
set output outfile
set encoding utf8
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'Blocked matrix product, n×n Float64: one thread against 2' font ',13'
set xlabel 'n'
set ylabel 'GFLOPS'
set logscale x
set format x '%g'
set logscale y
set format y '%g'
set xrange [45.714285714285715:1433.6]
set yrange [23.79675855428787:821.1898215279944]
set key top left opaque box lc rgb '#cccccc'
plot 'threads.dat' index 0 using 1:2 with linespoints lc rgb '#1f77b4' lw 2.0 pt 7 ps 0.8 title '1 thread', \
  'threads.dat' index 1 using 1:2 with linespoints lc rgb '#ff7f0e' lw 2.0 pt 7 ps 0.8 title '2 threads'
unset output
