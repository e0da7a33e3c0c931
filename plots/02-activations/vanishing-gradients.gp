# vanishing-gradients.gp: re-render with `gnuplot vanishing-gradients.gp` from this folder (writes vanishing-gradients.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 1400,560 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 1400,560 noenhanced
}
if (!exists('outfile')) outfile = 'vanishing-gradients.png'
set output outfile
set encoding utf8
set multiplot layout 1,2 title 'Gradients through 20 layers at initialization' font ',14'
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'weight gradient by layer' font ',13'
set xlabel 'layer l'
set ylabel '‖∂L/∂Wˡ‖ (log scale)'
set logscale y
set format y '%g'
set yrange [1.2763478808536258e-14:*]
set key bottom right opaque box lc rgb '#cccccc'
plot 'vanishing-gradients.dat' index 0 using 1:2 with linespoints lc rgb '#1f77b4' lw 2.0 pt 7 ps 0.8 title 'sigmoid', \
  'vanishing-gradients.dat' index 1 using 1:2 with linespoints lc rgb '#ff7f0e' lw 2.0 pt 7 ps 0.8 title 'tanh', \
  'vanishing-gradients.dat' index 2 using 1:2 with linespoints lc rgb '#2ca02c' lw 2.0 pt 7 ps 0.8 title 'relu'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'gain of each hidden layer' font ',13'
set xlabel 'layer l'
set ylabel 'n·Var(w)·mean f′(zˡ)² (log scale)'
set logscale y
set format y '%g'
set yrange [0.01:3.0]
set key bottom right opaque box lc rgb '#cccccc'
set arrow from graph 0, first 1.0 to graph 1, first 1.0 nohead dt 2 lc rgb '#555555'
set label 'gain 1' at graph 0.99, first 1.0 right offset 0,0.7
plot 'vanishing-gradients.dat' index 3 using 1:2 with linespoints lc rgb '#1f77b4' lw 2.0 pt 7 ps 0.8 title 'sigmoid', \
  'vanishing-gradients.dat' index 4 using 1:2 with linespoints lc rgb '#ff7f0e' lw 2.0 pt 7 ps 0.8 title 'tanh', \
  'vanishing-gradients.dat' index 5 using 1:2 with linespoints lc rgb '#2ca02c' lw 2.0 pt 7 ps 0.8 title 'relu'
unset multiplot
unset output
