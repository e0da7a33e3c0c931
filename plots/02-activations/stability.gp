# stability.gp: re-render with `gnuplot stability.gp` from this folder (writes stability.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 1400,560 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 1400,560 noenhanced
}
if (!exists('outfile')) outfile = 'stability.png'
set output outfile
set encoding utf8
set multiplot layout 1,2 title 'Naive and stable formulas far from 0' font ',14'
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'sigmoid: eˣ/(1 + eˣ) against the stable form' font ',13'
set xlabel 'x'
set ylabel 'σ(x)'
set yrange [-0.1:1.15]
set key top left opaque box lc rgb '#cccccc'
set arrow from 709.782712893384, graph 0 to 709.782712893384, graph 1 nohead dt 2 lc rgb '#555555'
set label '709.78' at 709.782712893384, graph 0.96 left offset 0.5,0 front
plot 'stability.dat' index 0 using 1:2 with lines lc rgb '#1f77b4' lw 2.0 title 'stable', \
  'stability.dat' index 1 using 1:2 with points lc rgb '#d62728' lw 2.0 pt 7 ps 0.6 title 'naive (missing = NaN or ∞)'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'softplus: ln(1 + eˣ) against the stable form' font ',13'
set xlabel 'x'
set ylabel 'softplus(x)'
set yrange [-50.0:1100.0]
set key top left opaque box lc rgb '#cccccc'
set arrow from 709.782712893384, graph 0 to 709.782712893384, graph 1 nohead dt 2 lc rgb '#555555'
set label '709.78' at 709.782712893384, graph 0.96 left offset 0.5,0 front
plot 'stability.dat' index 2 using 1:2 with lines lc rgb '#1f77b4' lw 2.0 title 'stable', \
  'stability.dat' index 3 using 1:2 with points lc rgb '#d62728' lw 2.0 pt 7 ps 0.6 title 'naive (missing = NaN or ∞)'
unset multiplot
unset output
