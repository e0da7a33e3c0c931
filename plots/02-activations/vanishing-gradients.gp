# vanishing-gradients.gp: re-render with `gnuplot vanishing-gradients.gp` from this folder (writes vanishing-gradients.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 960,640 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 960,640 noenhanced
}
if (!exists('outfile')) outfile = 'vanishing-gradients.png'
set output outfile
set encoding utf8
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'Product of activation derivatives through depth' font ',13'
set xlabel 'depth L (layers)'
set ylabel 'gradient factor (log scale)'
set logscale y
set format y '%g'
set yrange [*:5.0]
set key bottom left opaque box lc rgb '#cccccc'
plot 'vanishing-gradients.dat' index 0 using 1:2 with linespoints lc rgb '#1f77b4' lw 2.0 pt 7 ps 0.8 title 'sigmoid: (E f′)^L, E f′ = 0.2066', \
  'vanishing-gradients.dat' index 1 using 1:2 with linespoints lc rgb '#ff7f0e' lw 2.0 pt 7 ps 0.8 title 'tanh: (E f′)^L, E f′ = 0.6057', \
  'vanishing-gradients.dat' index 2 using 1:2 with linespoints lc rgb '#2ca02c' lw 2.0 pt 7 ps 0.8 title 'relu: (E f′)^L, E f′ = 0.5000', \
  'vanishing-gradients.dat' index 3 using 1:2 with lines lc rgb '#d62728' lw 2.0 dt 2 title 'sigmoid at its best, σ′(0)^L = 4^(−L)', \
  'vanishing-gradients.dat' index 4 using 1:2 with lines lc rgb '#2ca02c' lw 2.0 dt 3 title 'ReLU on an active path: 1^L'
unset output
