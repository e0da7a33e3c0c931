# learning-curve.gp: re-render with `gnuplot learning-curve.gp` from this folder (writes learning-curve.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 960,640 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 960,640 noenhanced
}
if (!exists('outfile')) outfile = 'learning-curve.png'
set output outfile
set encoding utf8
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'Digits recipe: test accuracy against the number of training images' font ',13'
set xlabel 'training images (log scale)'
set ylabel 'test accuracy (%)'
set logscale x
set format x '%g'
set xrange [35.714285714285715:2011.8]
unset key
plot 'learning-curve.dat' index 0 using 1:2 with linespoints lc rgb '#1f77b4' lw 2.0 pt 7 ps 0.8 notitle
unset output
