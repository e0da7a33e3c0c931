# seed-losses.gp: re-render with `gnuplot seed-losses.gp` from this folder (writes seed-losses.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 1100,640 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 1100,640 noenhanced
}
if (!exists('outfile')) outfile = 'seed-losses.png'
set output outfile
set encoding utf8
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'The source''s program, one repair at a time (run 6 learns a different target)' font ',13'
set xlabel 'epoch + 1 (log scale)'
set ylabel 'MSE loss'
set logscale x
set format x '%g'
set logscale y
set format y '%g'
set xrange [1.0:1001.0]
set key outside right top opaque box lc rgb '#cccccc'
plot 'seed-losses.dat' index 0 using 1:2 with lines lc rgb '#1f77b4' lw 1.6 title '0: as written', \
  'seed-losses.dat' index 1 using 1:2 with lines lc rgb '#ff7f0e' lw 1.6 title '1: + descend', \
  'seed-losses.dat' index 2 using 1:2 with lines lc rgb '#2ca02c' lw 1.6 title '2: + σ′', \
  'seed-losses.dat' index 3 using 1:2 with lines lc rgb '#d62728' lw 1.6 title '3: + average', \
  'seed-losses.dat' index 4 using 1:2 with lines lc rgb '#9467bd' lw 5.0 title '4: + linear output', \
  'seed-losses.dat' index 4 using 1:2 with lines lc rgb '#8c564b' lw 1.6 title '5: + whole-network prediction', \
  'seed-losses.dat' index 5 using 1:2 with lines lc rgb '#e377c2' lw 3.0 dt 2 title '6: + teacher''s target'
unset output
