# ce-vs-mse-gradient.gp: re-render with `gnuplot ce-vs-mse-gradient.gp` from this folder (writes ce-vs-mse-gradient.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 960,640 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 960,640 noenhanced
}
if (!exists('outfile')) outfile = 'ce-vs-mse-gradient.png'
set output outfile
set encoding utf8
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'Gradient at the logit, label y = 1, output σ(z)' font ',13'
set xlabel 'logit z'
set ylabel '|∂L/∂z| (log scale)'
set logscale y
set format y '%g'
set yrange [1e-05:3.0]
set key bottom left opaque box lc rgb '#cccccc'
set arrow from 0.0, graph 0 to 0.0, graph 1 nohead dt 2 lc rgb '#555555'
set label 'σ(z) = ½' at 0.0, graph 0.96 left offset 0.5,0 front
set label '← confidently wrong' at graph 0.05, graph 0.55
set label 'right →' at graph 0.85, graph 0.55
plot 'ce-vs-mse-gradient.dat' index 0 using 1:2 with lines lc rgb '#1f77b4' lw 2.0 title 'cross-entropy: 1 − σ(z)', \
  'ce-vs-mse-gradient.dat' index 1 using 1:2 with lines lc rgb '#ff7f0e' lw 2.0 title 'MSE: 2(1 − σ(z))²σ(z)'
unset output
