# mse-surface.gp: re-render with `gnuplot mse-surface.gp` from this folder (writes mse-surface.png).
reset  # several scripts may share one gnuplot process: start from defaults
if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {
  set terminal pngcairo size 960,640 noenhanced font 'DejaVu Sans,12' linewidth 1.2
} else {
  set terminal png size 960,640 noenhanced
}
if (!exists('outfile')) outfile = 'mse-surface.png'
set output outfile
set encoding utf8
set border lw 1.2
set tics nomirror
set style fill solid 1 noborder
set clip two
set grid lc rgb '#dddddd' lw 1
set title 'MSE over (w, b)' font ',13'
set xlabel 'slope w'
set ylabel 'intercept b'
set zlabel 'MSE' rotate parallel
unset key
set palette defined (0 '#f7fbff', 0.5 '#6baed6', 1 '#08306b')
set view 55.0,35.0
set hidden3d
set ticslevel 0
splot 'mse-surface.dat' index 0 using 1:2:3 with pm3d notitle
unset output
