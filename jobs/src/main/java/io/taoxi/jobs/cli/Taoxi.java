package io.taoxi.jobs.cli; public class Taoxi { public static void main(String[] a){} }
