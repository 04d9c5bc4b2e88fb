namespace Inkstone.Highlighting.Tests.TextMate;

/// <summary>Short programs written for these tests, one per language the TextMate path is checked on in detail.</summary>
internal static class TextMateSnippets
{
    public static readonly IReadOnlyDictionary<string, string> ByLanguage = new Dictionary<string, string>
    {
        ["r"] = """
            # fit a model
            fit <- lm(y ~ x, data = df)
            summary(fit)$r.squared > 0.5 && TRUE
            f <- function(n = 10L) paste("n is", n)
            """,
        ["haskell"] = """
            -- | The sum of squares
            module Main where
            sumSq :: [Int] -> Int
            sumSq xs = foldr (\x acc -> x * x + acc) 0 xs
            main = putStrLn ("total: " ++ show (sumSq [1, 2, 3]))
            """,
        ["ruby"] = """
            # greet everyone
            class Greeter < Base
              def greet(name = "world")
                puts "Hello, #{name}!" if @loud
                :done
              end
            end
            """,
        ["kotlin"] = """
            // a data class
            data class Point(val x: Int, val y: Int)
            fun main() {
                val p = Point(1, 2)
                println("p = ${p.x}")
            }
            """,
        ["swift"] = """
            // Swift structs
            import Foundation
            struct Point { var x: Double = 0.5 }
            func norm(_ p: Point) -> Double { return sqrt(p.x * p.x) }
            let s = "value: \(norm(Point()))"
            """,
        ["php"] = """
            <?php
            // a function
            function greet(string $name): string {
                return "Hello, " . $name . 42;
            }
            echo greet('world');
            """,
        ["lua"] = """
            -- a table
            local t = { x = 1, y = "two" }
            function t.sum(a, b) return a + b end
            print(t.sum(1, 2.5), nil)
            """,
        ["julia"] = """
            # Julia
            function f(x::Float64)
                return 2x + 1.5
            end
            println("f = $(f(2.0))")
            """,
        ["matlab"] = """
            % MATLAB
            function y = sq(x)
                y = x .^ 2;
            end
            disp('done'); A = [1 2; 3 4];
            """,
        ["verilog"] = """
            // a counter
            module counter(input clk, output reg [3:0] q);
              always @(posedge clk) q <= q + 4'd1;
            endmodule
            """,
        ["cmake"] = """
            # build
            cmake_minimum_required(VERSION 3.20)
            project(demo LANGUAGES CXX)
            add_executable(demo main.cpp)
            set(FLAGS "-O2 -Wall")
            """,
        ["ini"] = """
            ; settings
            [server]
            host = example.org
            port = 8080
            """,
        ["nginx"] = """
            # proxy
            server {
                listen 80;
                location / { proxy_pass http://127.0.0.1:8000; }
            }
            """,
        ["viml"] = """
            " vim settings
            set number
            let g:name = 'vim'
            function! Hello()
              echo "hello"
            endfunction
            """,
        ["bat"] = """
            @echo off
            REM build it
            set NAME=world
            if "%NAME%"=="world" echo Hello %NAME%
            """,
        ["asm"] = """
            ; x86 assembly
            section .text
            global _start
            _start:
                mov eax, 60
                xor edi, edi
                syscall
            """,
        ["scala"] = """
            // Scala
            object Main extends App {
              val xs = List(1, 2, 3).map(_ * 2)
              println(s"xs = $xs")
            }
            """,
        ["elixir"] = """
            # Elixir
            defmodule Math do
              def sum(a, b), do: a + b
            end
            IO.puts("sum: #{Math.sum(1, 2)}")
            """,
        ["perl"] = """
            # Perl
            my @xs = (1, 2, 3);
            foreach my $x (@xs) { print "x = $x\n"; }
            """,
        ["dart"] = """
            // Dart
            void main() {
              final name = 'Dart';
              print('Hello $name ${1 + 2}');
            }
            """,
        ["zig"] = """
            // Zig
            const std = @import("std");
            pub fn main() void {
                std.debug.print("{d}\n", .{42});
            }
            """,
    };
}
