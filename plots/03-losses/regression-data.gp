# regression-data.gp: re-render with `gnuplot regression-data.gp` from this folder (writes regression-data.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 960,640 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 960,640 noenhanced
}
if (!exists('outfile')) outfile = 'regression-data.png'
set output outfile
set encoding utf8
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'The data and the least-squares line' font ',13'
set xlabel 'x'
set ylabel 'y'
set key top left opaque box lc rgb '#cccccc'
plot 'regression-data.dat' index 0 using 1:2 with points lc rgb '#1f77b4' lw 2.0 pt 7 ps 0.9 title 'data', \
  'regression-data.dat' index 1 using 1:2 with lines lc rgb '#ff7f0e' lw 2.0 title 'least squares ŷ = 1.951x + 1.047', \
  'regression-data.dat' index 2 using 1:2 with lines lc rgb '#555555' lw 2.0 dt 2 title 'y = 2x + 1'
unset output
