# activations.gp: re-render with `gnuplot activations.gp` from this folder (writes activations.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 1500,540 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 1500,540 noenhanced
}
if (!exists('outfile')) outfile = 'activations.png'
set output outfile
set encoding utf8
set multiplot layout 1,3 title 'Eight activation functions in three families' font ',14'
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'saturating' font ',13'
set xlabel 'x'
set ylabel 'f(x)'
set yrange [-1.5:4.0]
set key top left opaque box lc rgb '#cccccc'
plot 'activations.dat' index 0 using 1:2 with lines lc rgb '#1f77b4' lw 4.0 title 'sigmoid', \
  'activations.dat' index 1 using 1:2 with lines lc rgb '#ff7f0e' lw 2.0 dt 2 title 'tanh'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'rectifiers' font ',13'
set xlabel 'x'
set ylabel 'f(x)'
set yrange [-1.5:4.0]
set key top left opaque box lc rgb '#cccccc'
plot 'activations.dat' index 2 using 1:2 with lines lc rgb '#2ca02c' lw 4.0 title 'relu', \
  'activations.dat' index 3 using 1:2 with lines lc rgb '#d62728' lw 2.0 dt 2 title 'leaky_relu', \
  'activations.dat' index 4 using 1:2 with lines lc rgb '#9467bd' lw 2.0 dt 4 title 'elu'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'smooth rectifiers' font ',13'
set xlabel 'x'
set ylabel 'f(x)'
set yrange [-1.5:4.0]
set key top left opaque box lc rgb '#cccccc'
plot 'activations.dat' index 2 using 1:2 with lines lc rgb '#bbbbbb' lw 2.0 title 'relu (reference)', \
  'activations.dat' index 5 using 1:2 with lines lc rgb '#8c564b' lw 4.0 title 'softplus', \
  'activations.dat' index 6 using 1:2 with lines lc rgb '#e377c2' lw 2.0 dt 2 title 'gelu', \
  'activations.dat' index 7 using 1:2 with lines lc rgb '#7f7f7f' lw 2.0 dt 4 title 'silu'
unset multiplot
unset output
