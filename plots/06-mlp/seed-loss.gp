# seed-loss.gp: re-render with `gnuplot seed-loss.gp` from this folder (writes seed-loss.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 960,640 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 960,640 noenhanced
}
if (!exists('outfile')) outfile = 'seed-loss.png'
set output outfile
set encoding utf8
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'The seed''s 10-5-1 network on a teacher''s targets: mean squared error' font ',13'
set xlabel 'epoch'
set ylabel 'mean loss'
set logscale y
set format y '%g'
set key top right opaque box lc rgb '#cccccc'
plot 'seed-loss.dat' index 0 using 1:2 with lines lc rgb '#1f77b4' lw 2.0 title 'train', \
  'seed-loss.dat' index 1 using 1:2 with lines lc rgb '#ff7f0e' lw 2.0 title 'test', \
  'seed-loss.dat' index 2 using 1:2 with lines lc rgb '#555555' lw 2.0 title 'noise floor σ² = 0.0100'
unset output
