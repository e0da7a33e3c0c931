# perceptron-gates.gp: re-render with `gnuplot perceptron-gates.gp` from this folder (writes perceptron-gates.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 1200,460 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 1200,460 noenhanced
}
if (!exists('outfile')) outfile = 'perceptron-gates.png'
set output outfile
set encoding utf8
set multiplot layout 1,3 title 'Perceptron decision lines after training' font ',14'
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set title 'AND' font ',13'
set xlabel 'x₁'
set ylabel 'x₂'
set xrange [-0.5:1.5]
set yrange [-0.5:1.5]
unset key
set size ratio -1
plot 'perceptron-gates.dat' index 0 using 1:2 with points lc rgb '#f7dcdc' lw 2.0 pt 5 ps 1.9 notitle, \
  'perceptron-gates.dat' index 1 using 1:2 with points lc rgb '#d6e6f5' lw 2.0 pt 5 ps 1.9 notitle, \
  'perceptron-gates.dat' index 2 using 1:2 with lines lc rgb '#333333' lw 2.0 title 'w·x + b = 0', \
  'perceptron-gates.dat' index 3 using 1:2 with points lc rgb '#d62728' lw 2.0 pt 5 ps 2.0 title 't = 0', \
  'perceptron-gates.dat' index 4 using 1:2 with points lc rgb '#1f77b4' lw 2.0 pt 7 ps 2.0 title 't = 1'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set title 'OR' font ',13'
set xlabel 'x₁'
set ylabel 'x₂'
set xrange [-0.5:1.5]
set yrange [-0.5:1.5]
unset key
set size ratio -1
plot 'perceptron-gates.dat' index 5 using 1:2 with points lc rgb '#f7dcdc' lw 2.0 pt 5 ps 1.9 notitle, \
  'perceptron-gates.dat' index 6 using 1:2 with points lc rgb '#d6e6f5' lw 2.0 pt 5 ps 1.9 notitle, \
  'perceptron-gates.dat' index 7 using 1:2 with lines lc rgb '#333333' lw 2.0 title 'w·x + b = 0', \
  'perceptron-gates.dat' index 8 using 1:2 with points lc rgb '#d62728' lw 2.0 pt 5 ps 2.0 title 't = 0', \
  'perceptron-gates.dat' index 9 using 1:2 with points lc rgb '#1f77b4' lw 2.0 pt 7 ps 2.0 title 't = 1'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set title 'XOR' font ',13'
set xlabel 'x₁'
set ylabel 'x₂'
set xrange [-0.5:1.5]
set yrange [-0.5:1.5]
unset key
set size ratio -1
plot 'perceptron-gates.dat' index 10 using 1:2 with points lc rgb '#f7dcdc' lw 2.0 pt 5 ps 1.9 notitle, \
  'perceptron-gates.dat' index 11 using 1:2 with points lc rgb '#d6e6f5' lw 2.0 pt 5 ps 1.9 notitle, \
  'perceptron-gates.dat' index 12 using 1:2 with lines lc rgb '#333333' lw 2.0 title 'w·x + b = 0', \
  'perceptron-gates.dat' index 13 using 1:2 with points lc rgb '#d62728' lw 2.0 pt 5 ps 2.0 title 't = 0', \
  'perceptron-gates.dat' index 14 using 1:2 with points lc rgb '#1f77b4' lw 2.0 pt 7 ps 2.0 title 't = 1', \
  'perceptron-gates.dat' index 15 using 1:2 with points lc rgb '#000000' lw 2.0 pt 6 ps 3.6 title 'wrong'
unset multiplot
unset output
