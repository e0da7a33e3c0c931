# digits-predictions.gp: re-render with `gnuplot digits-predictions.gp` from this folder (writes digits-predictions.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 900,620 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 900,620 noenhanced
}
if (!exists('outfile')) outfile = 'digits-predictions.png'
set output outfile
set encoding utf8
set border lw 1.2
set tics nomirror
set style fill solid 1 noborder
set clip two
unset xtics
unset ytics
set title 'Test digits and predictions (red frame: wrong; true digit in parentheses)' font ',13'
set xrange [-1.0:71.0]
set yrange [47.0:-5.0]
set cbrange [0.0:1.0]
unset key
set size ratio -1
set palette defined (0 '#ffffff', 1 '#000000')
plot 'digits-predictions.dat' index 0 using 1:2:3 with image notitle, \
  'digits-predictions.dat' index 1 using 1:2:3 with labels offset 0,1 font ',10' notitle, \
  'digits-predictions.dat' index 2 using 1:2 with lines lc rgb '#d62728' lw 2.5 notitle
unset output
