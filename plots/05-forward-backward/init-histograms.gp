# init-histograms.gp: re-render with `gnuplot init-histograms.gp` from this folder (writes init-histograms.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 1200,800 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 1200,800 noenhanced
}
if (!exists('outfile')) outfile = 'init-histograms.png'
set output outfile
set encoding utf8
set multiplot layout 2,2 title 'tanh activations at layers 1, 5 and 10' font ',14'
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'small random (σ = 0.01)' font ',13'
set xlabel 'activation'
set ylabel 'fraction per bin'
set xrange [-1.0:1.0]
set yrange [0.0:0.70476875]
set key top left opaque box lc rgb '#cccccc'
plot 'init-histograms.dat' index 0 using 1:2 with steps lc rgb '#1f77b4' lw 2.0 title 'layer 1', \
  'init-histograms.dat' index 1 using 1:2 with steps lc rgb '#ff7f0e' lw 2.0 title 'layer 5', \
  'init-histograms.dat' index 2 using 1:2 with steps lc rgb '#2ca02c' lw 2.0 title 'layer 10'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'Xavier/Glorot' font ',13'
set xlabel 'activation'
set ylabel 'fraction per bin'
set xrange [-1.0:1.0]
set yrange [0.0:0.0953421875]
unset key
plot 'init-histograms.dat' index 3 using 1:2 with steps lc rgb '#1f77b4' lw 2.0 title 'layer 1', \
  'init-histograms.dat' index 4 using 1:2 with steps lc rgb '#ff7f0e' lw 2.0 title 'layer 5', \
  'init-histograms.dat' index 5 using 1:2 with steps lc rgb '#2ca02c' lw 2.0 title 'layer 10'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'He' font ',13'
set xlabel 'activation'
set ylabel 'fraction per bin'
set xrange [-1.0:1.0]
set yrange [0.0:0.119328125]
unset key
plot 'init-histograms.dat' index 6 using 1:2 with steps lc rgb '#1f77b4' lw 2.0 title 'layer 1', \
  'init-histograms.dat' index 7 using 1:2 with steps lc rgb '#ff7f0e' lw 2.0 title 'layer 5', \
  'init-histograms.dat' index 8 using 1:2 with steps lc rgb '#2ca02c' lw 2.0 title 'layer 10'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'too large: N(0, 1)' font ',13'
set xlabel 'activation'
set ylabel 'fraction per bin'
set xrange [-1.0:1.0]
set yrange [0.0:0.6327124999999999]
unset key
plot 'init-histograms.dat' index 9 using 1:2 with steps lc rgb '#1f77b4' lw 2.0 title 'layer 1', \
  'init-histograms.dat' index 10 using 1:2 with steps lc rgb '#ff7f0e' lw 2.0 title 'layer 5', \
  'init-histograms.dat' index 11 using 1:2 with steps lc rgb '#2ca02c' lw 2.0 title 'layer 10'
unset multiplot
unset output
