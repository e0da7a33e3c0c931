# time-split.gp: re-render with `gnuplot time-split.gp` from this folder (writes time-split.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 1350,480 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 1350,480 noenhanced
}
if (!exists('outfile')) outfile = 'time-split.png'
set output outfile
set encoding utf8
set multiplot layout 1,3 title 'Where one training step spends its time' font ',14'
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set xtics ('forward' 1.0, 'loss' 2.0, 'backward' 3.0, 'Adam' 4.0)
set boxwidth 0.7 relative
set title '64-64-10, batch 32' font ',13'
set ylabel 'µs per step'
set xrange [0.4:4.6]
set yrange [0.0:13.994275249999982]
unset key
plot 'time-split.dat' index 0 using 1:2 with boxes lc rgb '#1f77b4' lw 2.0 notitle, \
  'time-split.dat' index 1 using 1:2:3 with labels offset 0,1 font ',10' notitle
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set xtics ('forward' 1.0, 'loss' 2.0, 'backward' 3.0, 'Adam' 4.0)
set boxwidth 0.7 relative
set title '784-256-10, batch 128' font ',13'
set ylabel 'µs per step'
set xrange [0.4:4.6]
set yrange [0.0:2800.1054449999997]
unset key
plot 'time-split.dat' index 2 using 1:2 with boxes lc rgb '#1f77b4' lw 2.0 notitle, \
  'time-split.dat' index 3 using 1:2:3 with labels offset 0,1 font ',10' notitle
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set xtics ('forward' 1.0, 'loss' 2.0, 'backward' 3.0, 'Adam' 4.0)
set boxwidth 0.7 relative
set title '784-256-10, batch 128, no ∂L/∂X' font ',13'
set ylabel 'µs per step'
set xrange [0.4:4.6]
set yrange [0.0:1547.93987625]
unset key
plot 'time-split.dat' index 4 using 1:2 with boxes lc rgb '#1f77b4' lw 2.0 notitle, \
  'time-split.dat' index 5 using 1:2:3 with labels offset 0,1 font ',10' notitle
unset multiplot
unset output
