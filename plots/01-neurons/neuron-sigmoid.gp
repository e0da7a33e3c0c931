# neuron-sigmoid.gp: re-render with `gnuplot neuron-sigmoid.gp` from this folder (writes neuron-sigmoid.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 960,640 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 960,640 noenhanced
}
if (!exists('outfile')) outfile = 'neuron-sigmoid.png'
set output outfile
set encoding utf8
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'The neuron''s output on the sigmoid' font ',13'
set xlabel 'pre-activation z'
set ylabel 'activation a = σ(z)'
set key top left opaque box lc rgb '#cccccc'
plot 'neuron-sigmoid.dat' index 0 using 1:2 with lines lc rgb '#1f77b4' lw 2.0 title 'σ(z)', \
  'neuron-sigmoid.dat' index 1 using 1:2 with points lc rgb '#ff7f0e' lw 2.0 pt 7 ps 2.0 title 'this neuron: z = -0.4, a = 0.4013'
unset output
