package dev.awskit.examples;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Finds class-level dependency cycles (strongly connected components, Tarjan) that span more than one package. */
final class ClassCycles {
    private final Map<String, Set<String>> edges = new TreeMap<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new TreeSet<>();
    private final List<Set<String>> components = new ArrayList<>();
    private int counter;

    private ClassCycles(JavaClasses classes) {
        for (JavaClass type : classes) {
            Set<String> targets = edges.computeIfAbsent(topLevel(type.getName()), name -> new TreeSet<>());
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String target = topLevel(dependency.getTargetClass().getName());
                if (target.startsWith("dev.awskit.") && classes.contain(dependency.getTargetClass().getName())) {
                    targets.add(target);
                }
            }
        }
    }

    /**
     * Lists each cycle whose classes live in more than one package, as its sorted class names.
     *
     * @param classes the classes to check
     * @return the cycles; empty when there are none
     */
    static List<String> acrossPackages(JavaClasses classes) {
        ClassCycles graph = new ClassCycles(classes);
        graph.edges.keySet().forEach(node -> {
            if (!graph.index.containsKey(node)) {
                graph.connect(node);
            }
        });
        return graph.components.stream()
                .filter(component -> component.stream().map(ClassCycles::packageOf).distinct().count() > 1)
                .map(Set::toString)
                .toList();
    }

    private void connect(String node) {
        index.put(node, counter);
        low.put(node, counter);
        counter++;
        stack.push(node);
        onStack.add(node);
        for (String next : edges.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            if (component.size() > 1) {
                components.add(component);
            }
        }
    }

    private static String topLevel(String name) {
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }

    private static String packageOf(String name) {
        return name.substring(0, name.lastIndexOf('.'));
    }
}
