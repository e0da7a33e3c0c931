# precision.gp: re-render with `gnuplot precision.gp` from this folder (writes precision.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 1200,500 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 1200,500 noenhanced
}
if (!exists('outfile')) outfile = 'precision.png'
set output outfile
set encoding utf8
set multiplot layout 1,2 title 'Digits recipe in Float and in Double' font ',14'
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'test accuracy' font ',13'
set xlabel 'epoch'
set ylabel 'accuracy (%)'
set key bottom right opaque box lc rgb '#cccccc'
plot 'precision.dat' index 0 using 1:2 with lines lc rgb '#1f77b4' lw 4.0 title 'Double', \
  'precision.dat' index 0 using 1:2 with lines lc rgb '#ff7f0e' lw 2.0 dt 2 title 'Float'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'training loss, Float against Double' font ',13'
set xlabel 'epoch'
set ylabel '|loss(Float) − loss(Double)|'
set logscale y
set format y '%g'
unset key
plot 'precision.dat' index 1 using 1:2 with linespoints lc rgb '#2ca02c' lw 2.0 pt 7 ps 0.6 notitle
unset multiplot
unset output
