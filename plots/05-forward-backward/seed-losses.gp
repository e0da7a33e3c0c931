# seed-losses.gp: re-render with `gnuplot seed-losses.gp` from this folder (writes seed-losses.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 960,640 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 960,640 noenhanced
}
if (!exists('outfile')) outfile = 'seed-losses.png'
set output outfile
set encoding utf8
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'The source''s program: as written vs repaired' font ',13'
set xlabel 'epoch + 1 (log scale)'
set ylabel 'MSE loss'
set logscale x
set format x '%g'
set logscale y
set format y '%g'
set xrange [1.0:1001.0]
set key bottom left opaque box lc rgb '#cccccc'
plot 'seed-losses.dat' index 0 using 1:2 with lines lc rgb '#d62728' lw 2.0 title 'as written (gradient ascent)', \
  'seed-losses.dat' index 1 using 1:2 with lines lc rgb '#2ca02c' lw 2.0 title 'all six repairs'
unset output
