# time-split.gp: re-render with `gnuplot time-split.gp` from this folder (writes time-split.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 1200,520 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 1200,520 noenhanced
}
if (!exists('outfile')) outfile = 'time-split.png'
set output outfile
set encoding utf8
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set xtics ('64-64-10, batch 32' 1.0, '784-256-10, batch 128' 2.0, '784-256-10, batch 128, no ∂L/∂X' 3.0)
set boxwidth 0.2 absolute
set title 'Where one training step spends its time: share of the step (µs per step on each bar)' font ',13'
set ylabel 'share of the step (%)'
set xrange [0.5:3.5]
set yrange [0.0:100.0]
set key top left opaque box lc rgb '#cccccc'
plot 'time-split.dat' index 0 using 1:2 with boxes lc rgb '#1f77b4' lw 2.0 title 'forward', \
  'time-split.dat' index 1 using 1:2 with boxes lc rgb '#ff7f0e' lw 2.0 title 'loss', \
  'time-split.dat' index 2 using 1:2 with boxes lc rgb '#2ca02c' lw 2.0 title 'backward', \
  'time-split.dat' index 3 using 1:2 with boxes lc rgb '#d62728' lw 2.0 title 'optimizer (Adam)', \
  'time-split.dat' index 4 using 1:2:3 with labels offset 0,1 font ',10' notitle, \
  'time-split.dat' index 5 using 1:2:3 with labels offset 0,1 font ',10' notitle, \
  'time-split.dat' index 6 using 1:2:3 with labels offset 0,1 font ',10' notitle, \
  'time-split.dat' index 7 using 1:2:3 with labels offset 0,1 font ',10' notitle
unset output
