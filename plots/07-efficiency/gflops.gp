# gflops.gp: re-render with `gnuplot gflops.gp` from this folder (writes gflops.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 960,640 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 960,640 noenhanced
}
if (!exists('outfile')) outfile = 'gflops.png'
set output outfile
set encoding utf8
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'Matrix product C = A·B, n×n Float64, one thread' font ',13'
set xlabel 'n'
set ylabel 'GFLOPS'
set logscale x
set format x '%g'
set logscale y
set format y '%g'
set xrange [22.857142857142858:1433.6]
set yrange [0.3563355648267852:453.9220960178839]
set key top left opaque box lc rgb '#cccccc'
plot 'gflops.dat' index 0 using 1:2 with linespoints lc rgb '#1f77b4' lw 2.0 pt 7 ps 0.8 title 'naive i-j-k loop', \
  'gflops.dat' index 1 using 1:2 with linespoints lc rgb '#ff7f0e' lw 2.0 pt 7 ps 0.8 title 'reordered i-k-j loop', \
  'gflops.dat' index 2 using 1:2 with linespoints lc rgb '#2ca02c' lw 2.0 pt 7 ps 0.8 title 'blocked SIMD kernel', \
  'gflops.dat' index 3 using 1:2 with lines lc rgb '#555555' lw 1.5 dt 2 title 'single-core peak, 41.5 GFLOPS'
unset output
