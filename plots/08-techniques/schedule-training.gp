# schedule-training.gp: re-render with `gnuplot schedule-training.gp` from this folder (writes schedule-training.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 1200,520 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 1200,520 noenhanced
}
if (!exists('outfile')) outfile = 'schedule-training.png'
set output outfile
set encoding utf8
set multiplot layout 1,2 title '64-64-10 digits network, SGD + momentum 0.9, by schedule' font ',14'
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'loss' font ',13'
set xlabel 'epoch'
set ylabel 'mean loss'
set logscale y
set format y '%g'
set key top right opaque box lc rgb '#cccccc'
plot 'schedule-training.dat' index 0 using 1:2 with lines lc rgb '#1f77b4' lw 2.0 title 'constant η₀ (no schedule)', \
  'schedule-training.dat' index 1 using 1:2 with lines lc rgb '#ff7f0e' lw 2.0 title 'StepLR(30, γ 0.1)', \
  'schedule-training.dat' index 2 using 1:2 with lines lc rgb '#2ca02c' lw 2.0 title 'CosineAnnealingLR(100, η_min 0.001)', \
  'schedule-training.dat' index 3 using 1:2 with lines lc rgb '#d62728' lw 2.0 title 'ExponentialLR(γ 0.95)', \
  'schedule-training.dat' index 4 using 1:2 with lines lc rgb '#9467bd' lw 2.0 title '5 warm-up epochs, then cosine'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'accuracy' font ',13'
set xlabel 'epoch'
set ylabel 'accuracy (%)'
set key bottom right opaque box lc rgb '#cccccc'
plot 'schedule-training.dat' index 5 using 1:2 with lines lc rgb '#1f77b4' lw 2.0 title 'constant η₀ (no schedule)', \
  'schedule-training.dat' index 6 using 1:2 with lines lc rgb '#ff7f0e' lw 2.0 title 'StepLR(30, γ 0.1)', \
  'schedule-training.dat' index 7 using 1:2 with lines lc rgb '#2ca02c' lw 2.0 title 'CosineAnnealingLR(100, η_min 0.001)', \
  'schedule-training.dat' index 8 using 1:2 with lines lc rgb '#d62728' lw 2.0 title 'ExponentialLR(γ 0.95)', \
  'schedule-training.dat' index 9 using 1:2 with lines lc rgb '#9467bd' lw 2.0 title '5 warm-up epochs, then cosine'
unset multiplot
unset output
