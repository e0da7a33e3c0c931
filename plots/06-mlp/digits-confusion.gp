# digits-confusion.gp: re-render with `gnuplot digits-confusion.gp` from this folder (writes digits-confusion.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 760,720 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 760,720 noenhanced
}
if (!exists('outfile')) outfile = 'digits-confusion.png'
set output outfile
set encoding utf8
set border lw 1.2
set tics nomirror
set style fill solid 1 noborder
set clip two
set xtics ('0' 0.0, '1' 1.0, '2' 2.0, '3' 3.0, '4' 4.0, '5' 5.0, '6' 6.0, '7' 7.0, '8' 8.0, '9' 9.0)
set ytics ('0' 0.0, '1' 1.0, '2' 2.0, '3' 3.0, '4' 4.0, '5' 5.0, '6' 6.0, '7' 7.0, '8' 8.0, '9' 9.0)
set cbtics ('0' 0.0, '1' 1.0, '2' 2.0, '3' 3.0, '4' 4.0, '≥ 5' 5.0)
set title 'Confusion matrix on the 360 test images' font ',13'
set xlabel 'predicted digit'
set ylabel 'true digit'
set xrange [-0.5:9.5]
set yrange [9.5:-0.5]
set cbrange [0.0:5.0]
unset key
set size ratio -1
set palette defined (0 '#ffffff', 1 '#c6dbef', 5.0 '#4292c6')
plot 'digits-confusion.dat' index 0 using 1:2:3 with image notitle, \
  'digits-confusion.dat' index 1 using 1:2:3 with labels offset 0,1 font ',10' notitle
unset output
