# spirals-boundary.gp: re-render with `gnuplot spirals-boundary.gp` from this folder (writes spirals-boundary.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 900,720 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 900,720 noenhanced
}
if (!exists('outfile')) outfile = 'spirals-boundary.png'
set output outfile
set encoding utf8
set border lw 1.2
set tics nomirror
set style fill solid 1 noborder
set clip two
set cbtics ('class 0' 0.0, 'class 1' 1.0, 'class 2' 2.0)
set title 'spirals: predicted class, 2-64-64-3 ReLU network' font ',13'
set xlabel 'x₁'
set ylabel 'x₂'
set xrange [-1.265333385726803:1.294236030410791]
set yrange [-1.191023107227487:1.2638947283936175]
set cbrange [-0.5:2.5]
set key outside right top opaque box lc rgb '#cccccc'
set size ratio -1
set palette maxcolors 3 defined (0 '#c6dbef', 1 '#fdd0a2', 2 '#c7e9c0')
plot 'spirals-boundary.dat' index 0 using 1:2:3 with image notitle, \
  'spirals-boundary.dat' index 1 using 1:2 with points lc rgb '#08519c' lw 2.0 pt 7 ps 0.6 title 'class 0', \
  'spirals-boundary.dat' index 2 using 1:2 with points lc rgb '#a63603' lw 2.0 pt 7 ps 0.6 title 'class 1', \
  'spirals-boundary.dat' index 3 using 1:2 with points lc rgb '#006d2c' lw 2.0 pt 7 ps 0.6 title 'class 2'
unset output
