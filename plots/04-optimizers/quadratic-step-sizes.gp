# quadratic-step-sizes.gp: re-render with `gnuplot quadratic-step-sizes.gp` from this folder (writes quadratic-step-sizes.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 960,640 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 960,640 noenhanced
}
if (!exists('outfile')) outfile = 'quadratic-step-sizes.png'
set output outfile
set encoding utf8
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'GD on 0.1x² + 2y²: loss after 50 steps against learning rate' font ',13'
set xlabel 'learning rate η (log scale)'
set ylabel 'f after 50 steps (log scale)'
set logscale x
set format x '%g'
set logscale y
set format y '%g'
set xrange [0.0005:5.0]
set key top left opaque box lc rgb '#cccccc'
set arrow from 0.47619047619047616, graph 0 to 0.47619047619047616, graph 1 nohead dt 2 lc rgb '#555555'
set arrow from 0.5, graph 0 to 0.5, graph 1 nohead dt 2 lc rgb '#555555'
set label 'fastest: 2/(λ_min + λ_max) = 0.476 →' at graph 0.38, graph 0.93
set label 'unstable beyond 2/λ_max = 0.5 →' at graph 0.42, graph 0.83
set arrow from graph 0, first 10.5 to graph 1, first 10.5 nohead dt 2 lc rgb '#555555'
set label 'f at the start' at graph 0.99, first 10.5 right offset 0,0.7
plot 'quadratic-step-sizes.dat' index 0 using 1:2 with linespoints lc rgb '#1f77b4' lw 2.0 pt 7 ps 0.6 title 'f after 50 steps'
unset output
