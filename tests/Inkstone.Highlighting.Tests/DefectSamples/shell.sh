user@host:~$ ls -la /etc/nginx
total 64
drwxr-xr-x  8 root root 4096 Jan  1 12:00 .
user@host:~$ echo {a,b}-dev
a-dev b-dev
