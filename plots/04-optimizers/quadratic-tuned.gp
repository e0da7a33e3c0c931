# quadratic-tuned.gp: re-render with `gnuplot quadratic-tuned.gp` from this folder (writes quadratic-tuned.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 1400,620 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 1400,620 noenhanced
}
if (!exists('outfile')) outfile = 'quadratic-tuned.png'
set output outfile
set encoding utf8
set multiplot layout 1,2 title 'Tuning GD and momentum on 0.1x² + 2y²' font ',14'
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'Quadratic: GD and momentum, as tabled and tuned' font ',13'
set xlabel 'x'
set ylabel 'y'
set xrange [-6.0:3.0]
set yrange [-3.437465:3.343259]
set key below center horizontal opaque box lc rgb '#cccccc'
set size ratio -1
set contour base
unset surface
set cntrparam levels auto 18
set table $contour0
splot 'quadratic-tuned.dat' index 0 using 1:2:3 with lines notitle
unset table
unset contour
set surface
plot $contour0 using 1:2 with lines lc rgb '#9a9a9a' lw 1 notitle, \
  'quadratic-tuned.dat' index 1 using 1:2 with linespoints lc rgb '#1f77b4' lw 1.5 dt 1 pt 7 ps 0.4 title 'gd, η = 0.4', \
  'quadratic-tuned.dat' index 2 using 1:2 with linespoints lc rgb '#ff7f0e' lw 1.5 dt 2 pt 7 ps 0.4 title 'gd, η = 2/(λ_min + λ_max)', \
  'quadratic-tuned.dat' index 3 using 1:2 with linespoints lc rgb '#2ca02c' lw 1.5 dt 4 pt 7 ps 0.4 title 'momentum, η = 0.1, μ = 0.9', \
  'quadratic-tuned.dat' index 4 using 1:2 with linespoints lc rgb '#d62728' lw 1.5 dt 5 pt 7 ps 0.4 title 'momentum, heavy-ball η and μ', \
  'quadratic-tuned.dat' index 5 using 1:2 with points lc rgb '#000000' lw 2.0 pt 6 ps 2.0 title 'start', \
  'quadratic-tuned.dat' index 6 using 1:2 with points lc rgb '#000000' lw 2.0 pt 3 ps 2.5 title 'minimum', \
  'quadratic-tuned.dat' index 7 using 1:2 with points lc rgb '#1f77b4' lw 2.0 pt 7 ps 1.3 notitle, \
  'quadratic-tuned.dat' index 8 using 1:2 with points lc rgb '#ff7f0e' lw 2.0 pt 5 ps 1.3 notitle, \
  'quadratic-tuned.dat' index 9 using 1:2 with points lc rgb '#2ca02c' lw 2.0 pt 9 ps 1.3 notitle, \
  'quadratic-tuned.dat' index 10 using 1:2 with points lc rgb '#d62728' lw 2.0 pt 11 ps 1.3 notitle
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'Loss against step' font ',13'
set xlabel 'step'
set ylabel 'f (log scale)'
set logscale y
set format y '%g'
unset key
plot 'quadratic-tuned.dat' index 11 using 1:2 with lines lc rgb '#1f77b4' lw 1.4 dt 1 title 'gd, η = 0.4', \
  'quadratic-tuned.dat' index 12 using 1:2 with lines lc rgb '#ff7f0e' lw 1.4 dt 2 title 'gd, η = 2/(λ_min + λ_max)', \
  'quadratic-tuned.dat' index 13 using 1:2 with lines lc rgb '#2ca02c' lw 1.4 dt 4 title 'momentum, η = 0.1, μ = 0.9', \
  'quadratic-tuned.dat' index 14 using 1:2 with lines lc rgb '#d62728' lw 1.4 dt 5 title 'momentum, heavy-ball η and μ'
unset multiplot
unset output
