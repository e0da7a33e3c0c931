# gallery.gp: re-render with `gnuplot gallery.gp` from this folder (writes gallery.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 1600,800 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 1600,800 noenhanced
}
if (!exists('outfile')) outfile = 'gallery.png'
set output outfile
set encoding utf8
set multiplot layout 2,4 title 'Each activation (solid) with its derivative (dashed)' font ',14'
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'sigmoid σ' font ',13'
set xlabel 'x'
set yrange [-1.2:2.2]
set key top left opaque box lc rgb '#cccccc'
plot 'gallery.dat' index 0 using 1:2 with lines lc rgb '#1f77b4' lw 2.0 title 'f', \
  'gallery.dat' index 1 using 1:2 with lines lc rgb '#ff7f0e' lw 2.0 dt 2 title 'f′'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'tanh' font ',13'
set xlabel 'x'
set yrange [-1.2:2.2]
set key top left opaque box lc rgb '#cccccc'
plot 'gallery.dat' index 2 using 1:2 with lines lc rgb '#1f77b4' lw 2.0 title 'f', \
  'gallery.dat' index 3 using 1:2 with lines lc rgb '#ff7f0e' lw 2.0 dt 2 title 'f′'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'ReLU' font ',13'
set xlabel 'x'
set yrange [-1.2:2.2]
set key top left opaque box lc rgb '#cccccc'
plot 'gallery.dat' index 4 using 1:2 with lines lc rgb '#1f77b4' lw 2.0 title 'f', \
  'gallery.dat' index 5 using 1:2 with lines lc rgb '#ff7f0e' lw 2.0 dt 2 title 'f′'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'leaky ReLU (a = 0.01)' font ',13'
set xlabel 'x'
set yrange [-1.2:2.2]
set key top left opaque box lc rgb '#cccccc'
plot 'gallery.dat' index 6 using 1:2 with lines lc rgb '#1f77b4' lw 2.0 title 'f', \
  'gallery.dat' index 7 using 1:2 with lines lc rgb '#ff7f0e' lw 2.0 dt 2 title 'f′'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'ELU (α = 1)' font ',13'
set xlabel 'x'
set yrange [-1.2:2.2]
set key top left opaque box lc rgb '#cccccc'
plot 'gallery.dat' index 8 using 1:2 with lines lc rgb '#1f77b4' lw 2.0 title 'f', \
  'gallery.dat' index 9 using 1:2 with lines lc rgb '#ff7f0e' lw 2.0 dt 2 title 'f′'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'softplus' font ',13'
set xlabel 'x'
set yrange [-1.2:2.2]
set key top left opaque box lc rgb '#cccccc'
plot 'gallery.dat' index 10 using 1:2 with lines lc rgb '#1f77b4' lw 2.0 title 'f', \
  'gallery.dat' index 0 using 1:2 with lines lc rgb '#ff7f0e' lw 2.0 dt 2 title 'f′'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'GELU (exact)' font ',13'
set xlabel 'x'
set yrange [-1.2:2.2]
set key top left opaque box lc rgb '#cccccc'
plot 'gallery.dat' index 11 using 1:2 with lines lc rgb '#1f77b4' lw 2.0 title 'f', \
  'gallery.dat' index 12 using 1:2 with lines lc rgb '#ff7f0e' lw 2.0 dt 2 title 'f′'
reset
set border lw 1.2
set tics nomirror
set style fill solid 0.5 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'SiLU / swish' font ',13'
set xlabel 'x'
set yrange [-1.2:2.2]
set key top left opaque box lc rgb '#cccccc'
plot 'gallery.dat' index 13 using 1:2 with lines lc rgb '#1f77b4' lw 2.0 title 'f', \
  'gallery.dat' index 14 using 1:2 with lines lc rgb '#ff7f0e' lw 2.0 dt 2 title 'f′'
unset multiplot
unset output
