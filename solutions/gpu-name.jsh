var available = torch.cuda.is_available();
var name = available ? torch.cuda.get_device_name() : "cpu";
System.out.println(name);
