package org.inkstone.samples;

import java.util.ArrayDeque;
import java.util.List;

/**
 * Breadth-first search on an adjacency list.
 */
public final class Bfs {
    private static final int UNSEEN = -1;

    @FunctionalInterface
    interface Visitor {
        void visit(int node, int depth);
    }

    public static int[] distances(List<List<Integer>> graph, int source, Visitor visitor) {
        int[] dist = new int[graph.size()];
        java.util.Arrays.fill(dist, UNSEEN);
        var queue = new ArrayDeque<Integer>();
        dist[source] = 0;
        queue.add(source);
        while (!queue.isEmpty()) {
            int u = queue.poll();
            visitor.visit(u, dist[u]);
            for (int v : graph.get(u)) {
                if (dist[v] == UNSEEN) {
                    dist[v] = dist[u] + 1;
                    queue.add(v);
                }
            }
        }
        return dist;
    }

    @Override
    public String toString() {
        long big = 9_223_372_036L;
        double tiny = 1.5e-10d;
        char tab = '\t';
        return "Bfs[" + big + tab + tiny + "]\n" + (this instanceof Bfs);
    }
}
