# moons-boundary.gp: re-render with `gnuplot moons-boundary.gp` from this folder (writes moons-boundary.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 900,600 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 900,600 noenhanced
}
if (!exists('outfile')) outfile = 'moons-boundary.png'
set output outfile
set encoding utf8
set border lw 1.2
set tics nomirror
set style fill solid 1 noborder
set clip two
set title 'two-moons: P(class 1), 2-32-32-2 ReLU network' font ',13'
set xlabel 'x₁'
set ylabel 'x₂'
set xrange [-1.6969181530456598:2.870006356080899]
set yrange [-1.4503061149280974:1.6776874952915797]
set cbrange [0.0:1.0]
set key outside right top opaque box lc rgb '#cccccc'
set size ratio -1
set palette defined (0 '#c6dbef', 0.5 '#ffffff', 1 '#fdd0a2')
plot 'moons-boundary.dat' index 0 using 1:2:3 with image notitle, \
  'moons-boundary.dat' index 1 using 1:2 with points lc rgb '#08519c' lw 2.0 pt 7 ps 0.6 title 'class 0', \
  'moons-boundary.dat' index 2 using 1:2 with points lc rgb '#a63603' lw 2.0 pt 7 ps 0.6 title 'class 1'
unset output
