# xor-boundary.gp: re-render with `gnuplot xor-boundary.gp` from this folder (writes xor-boundary.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 900,720 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 900,720 noenhanced
}
if (!exists('outfile')) outfile = 'xor-boundary.png'
set output outfile
set encoding utf8
set border lw 1.2
set tics nomirror
set style fill solid 1 noborder
set clip two
set title 'XOR: P(class 1) of a 2-8-2 tanh network' font ',13'
set xlabel 'x₁'
set ylabel 'x₂'
set xrange [-0.5:1.5]
set yrange [-0.5:1.5]
set cbrange [0.0:1.0]
set key outside right top opaque box lc rgb '#cccccc'
set size ratio -1
set palette defined (0 '#c6dbef', 0.5 '#ffffff', 1 '#fdd0a2')
plot 'xor-boundary.dat' index 0 using 1:2:3 with image notitle, \
  'xor-boundary.dat' index 1 using 1:2 with points lc rgb '#08519c' lw 2.0 pt 7 ps 2.5 title 'class 0', \
  'xor-boundary.dat' index 2 using 1:2 with points lc rgb '#a63603' lw 2.0 pt 7 ps 2.5 title 'class 1'
unset output
