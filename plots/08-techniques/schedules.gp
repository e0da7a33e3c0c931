# schedules.gp: re-render with `gnuplot schedules.gp` from this folder (writes schedules.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 960,640 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 960,640 noenhanced
}
if (!exists('outfile')) outfile = 'schedules.png'
set output outfile
set encoding utf8
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'torch.optim.lr_scheduler from η₀ = 0.1' font ',13'
set xlabel 'epoch t'
set ylabel 'learning rate η(t)'
set logscale y
set format y '%g'
set key bottom left opaque box lc rgb '#cccccc'
plot 'schedules.dat' index 0 using 1:2 with lines lc rgb '#1f77b4' lw 2.0 title 'constant η₀ (no schedule)', \
  'schedules.dat' index 1 using 1:2 with lines lc rgb '#ff7f0e' lw 2.0 title 'StepLR(30, γ 0.1)', \
  'schedules.dat' index 2 using 1:2 with lines lc rgb '#2ca02c' lw 2.0 title 'CosineAnnealingLR(100, η_min 0.001)', \
  'schedules.dat' index 3 using 1:2 with lines lc rgb '#d62728' lw 2.0 title 'ExponentialLR(γ 0.95)', \
  'schedules.dat' index 4 using 1:2 with lines lc rgb '#9467bd' lw 2.0 title '5 warm-up epochs, then cosine'
unset output
