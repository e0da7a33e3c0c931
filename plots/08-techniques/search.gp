# search.gp: re-render with `gnuplot search.gp` from this folder (writes search.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 1200,520 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 1200,520 noenhanced
}
if (!exists('outfile')) outfile = 'search.png'
set output outfile
set encoding utf8
set multiplot layout 1,2 title 'Random search, 20 trials of 10 epochs' font ',14'
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'validation accuracy against learning rate η' font ',13'
set xlabel 'learning rate η (log scale)'
set ylabel 'validation accuracy (%)'
set logscale x
set format x '%g'
set key bottom right opaque box lc rgb '#cccccc'
plot 'search.dat' index 0 using 1:2 with points lc rgb '#1f77b4' lw 2.0 pt 7 ps 1.6 title 'trial', \
  'search.dat' index 1 using 1:2 with points lc rgb '#d62728' lw 2.0 pt 5 ps 1.6 title 'best'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'validation accuracy against weight decay λ' font ',13'
set xlabel 'weight decay λ (log scale)'
set ylabel 'validation accuracy (%)'
set logscale x
set format x '%g'
set key bottom right opaque box lc rgb '#cccccc'
plot 'search.dat' index 2 using 1:2 with points lc rgb '#1f77b4' lw 2.0 pt 7 ps 1.6 title 'trial', \
  'search.dat' index 3 using 1:2 with points lc rgb '#d62728' lw 2.0 pt 5 ps 1.6 title 'best'
unset multiplot
unset output
