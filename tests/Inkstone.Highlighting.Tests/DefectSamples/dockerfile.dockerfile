FROM debian:12
# Brace expansion and continued lines in RUN.
RUN apt-get update \
 && apt-get install -y {libpng,libjpeg}-dev \
 && echo "built \
  image"
ENV PATH="/opt/bin:${PATH}"
