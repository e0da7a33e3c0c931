# batchnorm-histograms.gp: re-render with `gnuplot batchnorm-histograms.gp` from this folder (writes batchnorm-histograms.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 1200,720 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 1200,720 noenhanced
}
if (!exists('outfile')) outfile = 'batchnorm-histograms.png'
set output outfile
set encoding utf8
set multiplot layout 2,4 title 'Sigmoid outputs by layer before training (360 validation images)' font ',14'
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'layer 1' font ',13'
set xlabel 'sigmoid output'
set ylabel 'fraction per bin'
set xrange [0.0:1.0]
set yrange [0.0:0.284375]
set key top left opaque box lc rgb '#cccccc'
plot 'batchnorm-histograms.dat' index 0 using 1:2 with steps lc rgb '#1f77b4' lw 2.0 title 'with BatchNorm', \
  'batchnorm-histograms.dat' index 1 using 1:2 with steps lc rgb '#ff7f0e' lw 2.0 title 'without'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'layer 2' font ',13'
set xlabel 'sigmoid output'
set ylabel 'fraction per bin'
set xrange [0.0:1.0]
set yrange [0.0:0.284375]
unset key
plot 'batchnorm-histograms.dat' index 2 using 1:2 with steps lc rgb '#1f77b4' lw 2.0 title 'with BatchNorm', \
  'batchnorm-histograms.dat' index 3 using 1:2 with steps lc rgb '#ff7f0e' lw 2.0 title 'without'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'layer 3' font ',13'
set xlabel 'sigmoid output'
set ylabel 'fraction per bin'
set xrange [0.0:1.0]
set yrange [0.0:0.284375]
unset key
plot 'batchnorm-histograms.dat' index 4 using 1:2 with steps lc rgb '#1f77b4' lw 2.0 title 'with BatchNorm', \
  'batchnorm-histograms.dat' index 5 using 1:2 with steps lc rgb '#ff7f0e' lw 2.0 title 'without'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'layer 4' font ',13'
set xlabel 'sigmoid output'
set ylabel 'fraction per bin'
set xrange [0.0:1.0]
set yrange [0.0:0.284375]
unset key
plot 'batchnorm-histograms.dat' index 6 using 1:2 with steps lc rgb '#1f77b4' lw 2.0 title 'with BatchNorm', \
  'batchnorm-histograms.dat' index 7 using 1:2 with steps lc rgb '#ff7f0e' lw 2.0 title 'without'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'layer 5' font ',13'
set xlabel 'sigmoid output'
set ylabel 'fraction per bin'
set xrange [0.0:1.0]
set yrange [0.0:0.284375]
unset key
plot 'batchnorm-histograms.dat' index 8 using 1:2 with steps lc rgb '#1f77b4' lw 2.0 title 'with BatchNorm', \
  'batchnorm-histograms.dat' index 9 using 1:2 with steps lc rgb '#ff7f0e' lw 2.0 title 'without'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'layer 6' font ',13'
set xlabel 'sigmoid output'
set ylabel 'fraction per bin'
set xrange [0.0:1.0]
set yrange [0.0:0.284375]
unset key
plot 'batchnorm-histograms.dat' index 10 using 1:2 with steps lc rgb '#1f77b4' lw 2.0 title 'with BatchNorm', \
  'batchnorm-histograms.dat' index 11 using 1:2 with steps lc rgb '#ff7f0e' lw 2.0 title 'without'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'layer 7' font ',13'
set xlabel 'sigmoid output'
set ylabel 'fraction per bin'
set xrange [0.0:1.0]
set yrange [0.0:0.284375]
unset key
plot 'batchnorm-histograms.dat' index 12 using 1:2 with steps lc rgb '#1f77b4' lw 2.0 title 'with BatchNorm', \
  'batchnorm-histograms.dat' index 13 using 1:2 with steps lc rgb '#ff7f0e' lw 2.0 title 'without'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'layer 8' font ',13'
set xlabel 'sigmoid output'
set ylabel 'fraction per bin'
set xrange [0.0:1.0]
set yrange [0.0:0.284375]
unset key
plot 'batchnorm-histograms.dat' index 14 using 1:2 with steps lc rgb '#1f77b4' lw 2.0 title 'with BatchNorm', \
  'batchnorm-histograms.dat' index 15 using 1:2 with steps lc rgb '#ff7f0e' lw 2.0 title 'without'
unset multiplot
unset output
