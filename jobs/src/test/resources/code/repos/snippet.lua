-- 打印九九乘法表
for i = 1, 9 do
  for j = 1, i do
    io.write(i * j, ' ')
  end
  print()
end
