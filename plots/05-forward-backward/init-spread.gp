# init-spread.gp: re-render with `gnuplot init-spread.gp` from this folder (writes init-spread.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 1200,520 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 1200,520 noenhanced
}
if (!exists('outfile')) outfile = 'init-spread.png'
set output outfile
set encoding utf8
set multiplot layout 1,2 title 'Activation spread through 10 layers of 256 units' font ',14'
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'tanh' font ',13'
set xlabel 'layer'
set ylabel 'std of activations'
set logscale y
set format y '%g'
set key bottom left opaque box lc rgb '#cccccc'
plot 'init-spread.dat' index 0 using 1:2 with linespoints lc rgb '#1f77b4' lw 2.0 pt 7 ps 1.0 title 'small random (σ = 0.01)', \
  'init-spread.dat' index 1 using 1:2 with linespoints lc rgb '#ff7f0e' lw 2.0 pt 7 ps 1.0 title 'Xavier/Glorot', \
  'init-spread.dat' index 2 using 1:2 with linespoints lc rgb '#2ca02c' lw 2.0 pt 7 ps 1.0 title 'He'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'relu' font ',13'
set xlabel 'layer'
set ylabel 'std of activations'
set logscale y
set format y '%g'
set key bottom left opaque box lc rgb '#cccccc'
plot 'init-spread.dat' index 3 using 1:2 with linespoints lc rgb '#1f77b4' lw 2.0 pt 7 ps 1.0 title 'small random (σ = 0.01)', \
  'init-spread.dat' index 4 using 1:2 with linespoints lc rgb '#ff7f0e' lw 2.0 pt 7 ps 1.0 title 'Xavier/Glorot', \
  'init-spread.dat' index 5 using 1:2 with linespoints lc rgb '#2ca02c' lw 2.0 pt 7 ps 1.0 title 'He'
unset multiplot
unset output
