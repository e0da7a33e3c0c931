# logistic-surface.gp: re-render with `gnuplot logistic-surface.gp` from this folder (writes logistic-surface.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 1400,600 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 1400,600 noenhanced
}
if (!exists('outfile')) outfile = 'logistic-surface.png'
set output outfile
set encoding utf8
set multiplot layout 1,2 title 'Logistic regression: binary cross-entropy over (w, b)' font ',14'
set border lw 1.2
set tics nomirror
set style fill solid 1 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'Cross-entropy over (w, b)' font ',13'
set xlabel 'slope w'
set ylabel 'intercept b'
set zlabel 'BCE' rotate parallel
unset key
set palette defined (0 '#f7fbff', 0.5 '#6baed6', 1 '#08306b')
set view 55.0,35.0
set hidden3d
set ticslevel 0
splot 'logistic-surface.dat' index 0 using 1:2:3 with pm3d notitle
reset
set border lw 1.2
set tics nomirror
set style fill solid 1 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'Cross-entropy contours' font ',13'
set xlabel 'slope w'
set ylabel 'intercept b'
set zlabel 'BCE' rotate parallel
set xrange [-1.0:5.0]
set yrange [-3.0:3.0]
set key top right opaque box lc rgb '#cccccc'
set palette defined (0 '#f7fbff', 0.5 '#6baed6', 1 '#08306b')
set contour base
unset surface
set cntrparam levels auto 20
set table $contour0
splot 'logistic-surface.dat' index 0 using 1:2:3 with lines notitle
unset table
unset contour
set surface
plot 'logistic-surface.dat' index 0 using 1:2:3 with image notitle, \
  $contour0 using 1:2 with lines lc rgb '#9a9a9a' lw 1 notitle, \
  'logistic-surface.dat' index 1 using 1:2 with points lc rgb '#000000' lw 2.0 pt 6 ps 2.2 title 'grid minimum'
unset multiplot
unset output
