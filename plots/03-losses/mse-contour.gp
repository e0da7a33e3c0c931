# mse-contour.gp: re-render with `gnuplot mse-contour.gp` from this folder (writes mse-contour.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 1400,620 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 1400,620 noenhanced
}
if (!exists('outfile')) outfile = 'mse-contour.png'
set output outfile
set encoding utf8
set multiplot layout 1,2 title 'MSE contours over (w, b)' font ',14'
set border lw 1.2
set tics nomirror
set style fill solid 1 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'the whole grid' font ',13'
set xlabel 'slope w'
set ylabel 'intercept b'
set zlabel 'MSE' rotate parallel
set xrange [-1.0:5.0]
set yrange [-2.0:4.0]
set key top right opaque box lc rgb '#cccccc'
set palette defined (0 '#f7fbff', 0.5 '#6baed6', 1 '#08306b')
set contour base
unset surface
set cntrparam levels auto 20
set table $contour0
splot 'mse-contour.dat' index 0 using 1:2:3 with lines notitle
unset table
unset contour
set surface
plot 'mse-contour.dat' index 0 using 1:2:3 with image notitle, \
  $contour0 using 1:2 with lines lc rgb '#9a9a9a' lw 1 notitle, \
  'mse-contour.dat' index 1 using 1:2 with points lc rgb '#000000' lw 2.0 pt 3 ps 2.2 title 'least squares (w*, b*)', \
  'mse-contour.dat' index 2 using 1:2 with points lc rgb '#000000' lw 2.0 pt 6 ps 3.0 title 'grid minimum', \
  'mse-contour.dat' index 2 using 1:2 with points lc rgb '#000000' lw 2.0 pt 2 ps 1.6 title 'true line (2, 1)'
reset
set border lw 1.2
set tics nomirror
set style fill solid 1 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'zoom on the optimum' font ',13'
set xlabel 'slope w'
set ylabel 'intercept b'
set zlabel 'MSE' rotate parallel
set xrange [1.87537991431795:2.07537991431795]
set yrange [0.9232628270707978:1.1232628270707978]
unset key
set palette defined (0 '#f7fbff', 0.5 '#6baed6', 1 '#08306b')
set contour base
unset surface
set cntrparam levels auto 20
set table $contour3
splot 'mse-contour.dat' index 3 using 1:2:3 with lines notitle
unset table
unset contour
set surface
plot 'mse-contour.dat' index 3 using 1:2:3 with image notitle, \
  $contour3 using 1:2 with lines lc rgb '#9a9a9a' lw 1 notitle, \
  'mse-contour.dat' index 1 using 1:2 with points lc rgb '#000000' lw 2.0 pt 3 ps 2.2 title 'least squares (w*, b*)', \
  'mse-contour.dat' index 2 using 1:2 with points lc rgb '#000000' lw 2.0 pt 6 ps 3.0 title 'grid minimum', \
  'mse-contour.dat' index 2 using 1:2 with points lc rgb '#000000' lw 2.0 pt 2 ps 1.6 title 'true line (2, 1)'
unset multiplot
unset output
