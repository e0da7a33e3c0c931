# digits-weights.gp: re-render with `gnuplot digits-weights.gp` from this folder (writes digits-weights.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 800,760 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 800,760 noenhanced
}
if (!exists('outfile')) outfile = 'digits-weights.png'
set output outfile
set encoding utf8
set border lw 1.2
set tics nomirror
set style fill solid 1 noborder
set clip two
unset xtics
unset ytics
set cbtics ('−max' -1.0, '0' 0.0, '+max' 1.0)
set title 'What training changed in the first-layer weights of 64 hidden units' font ',13'
set xrange [-1.0:71.0]
set yrange [71.0:-1.0]
set cbrange [-1.0:1.0]
unset key
set size ratio -1
set palette defined (-1 '#2166ac', 0 '#f7f7f7', 1 '#b2182b')
plot 'digits-weights.dat' index 0 using 1:2:3 with image notitle
unset output
