# custom.gp: re-render with `gnuplot custom.gp` from this folder (writes custom.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 1400,620 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 1400,620 noenhanced
}
if (!exists('outfile')) outfile = 'custom.png'
set output outfile
set encoding utf8
set multiplot layout 1,2 title 'Your run' font ',14'
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'Adam on rosenbrock, lr 0.02: f = 2.17e-05' font ',13'
set xlabel 'x'
set ylabel 'y'
set xrange [-2.0:2.0]
set yrange [-1.0:3.0]
set key bottom right opaque box lc rgb '#cccccc'
set size ratio -1
set contour base
unset surface
set cntrparam levels auto 18
set table $contour0
splot 'custom.dat' index 0 using 1:2:3 with lines notitle
unset table
unset contour
set surface
plot $contour0 using 1:2 with lines lc rgb '#9a9a9a' lw 1 notitle, \
  'custom.dat' index 1 using 1:2 with lines lc rgb '#8c564b' lw 1.5 dt 1 title 'adam', \
  'custom.dat' index 2 using 1:2 with points lc rgb '#000000' lw 2.0 pt 6 ps 2.0 title 'start', \
  'custom.dat' index 3 using 1:2 with points lc rgb '#000000' lw 2.0 pt 3 ps 2.5 title 'minimum', \
  'custom.dat' index 4 using 1:2 with points lc rgb '#8c564b' lw 2.0 pt 7 ps 1.3 notitle
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'Loss against step' font ',13'
set xlabel 'step'
set ylabel 'f (log scale)'
set logscale y
set format y '%g'
unset key
plot 'custom.dat' index 5 using 1:2 with lines lc rgb '#8c564b' lw 1.4 dt 1 title 'adam'
unset multiplot
unset output
